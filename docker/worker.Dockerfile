# syntax=docker/dockerfile:1
# TechPact worker (BullMQ processors and the outbox relay). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t techpact-worker .

FROM node:24-bookworm-slim AS build
WORKDIR /repo
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx nx build worker --configuration=production

FROM node:24-bookworm-slim
ENV NODE_ENV=production NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Only the runtime dependencies that webpack left external, as listed by the generated package.json.
COPY --from=build /repo/dist/apps/worker/package.json /repo/dist/apps/worker/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
  npm ci --omit=dev --no-audit --no-fund
COPY --from=build /repo/dist/apps/worker/ ./
USER node
CMD ["node", "main.js"]
