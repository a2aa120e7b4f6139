# syntax=docker/dockerfile:1
# TechPact web: the built Angular app behind nginx, which also forwards /api/ to the API.
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t techpact-web .

FROM node:24-bookworm-slim AS build
WORKDIR /repo
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx nx build web --configuration=production

FROM nginx:1.27-alpine
# nginx.conf is the whole configuration (no conf.d); it keeps its pid and temp files in /tmp
# so that nginx runs as the unprivileged `nginx` user.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /repo/dist/apps/web/browser/ /usr/share/nginx/html/
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
