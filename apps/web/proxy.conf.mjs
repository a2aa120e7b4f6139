// Dev server proxy: the browser talks to one origin, so the session and XSRF cookies just work.
// The API listens on PORT (default 3000). `nx serve web` hands it over as API_PORT and removes PORT,
// because Angular's dev server would otherwise take PORT as its own port (see project.json).
const apiPort = process.env.API_PORT ?? process.env.PORT ?? 3000;

export default {
  '/api': {
    target: `http://127.0.0.1:${apiPort}`,
    secure: false,
    changeOrigin: false,
  },
};
