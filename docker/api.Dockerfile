# syntax=docker/dockerfile:1
# TechPact API. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t techpact-api .
# The same image runs the migrations (`node migrate.js`) and the demo seed (`node seed.js`).

FROM node:24-bookworm-slim AS build
WORKDIR /repo
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx nx build api --configuration=production

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Only the runtime dependencies that webpack left external, as listed by the generated package.json.
COPY --from=build /repo/dist/apps/api/package.json /repo/dist/apps/api/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
  npm ci --omit=dev --no-audit --no-fund
COPY --from=build /repo/dist/apps/api/ ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "main.js"]
