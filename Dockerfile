# One image for the whole hub, built in two stages: the first installs and builds the workspace,
# the second carries the result as the unprivileged `node` user (uid 1000, what the Kubernetes
# manifests require with runAsNonRoot). docker-compose.yml and infra/k8s run one service per
# container (`node dist/main.js` in services/<dir>); without a command the image starts the
# whole hub with `npm start` against the NATS_URL / DATABASE_URL it is given.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build

FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY --from=build --chown=node:node /app /app
USER node
ENV NODE_OPTIONS=--enable-source-maps
CMD ["node", "scripts/start.mjs"]
