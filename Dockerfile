# One image for the whole hub; docker-compose.yml runs it with `npm start`, which starts every
# service present against the NATS and PostgreSQL given in NATS_URL / DATABASE_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build

FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY --from=build /app /app
ENV NODE_OPTIONS=--enable-source-maps
CMD ["node", "scripts/start.mjs"]
