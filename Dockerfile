# The reference server (@micropath/server) with the careers pages, as a container:
#   docker build -t micropath-server .
#   docker run -p 8080:8080 -v micropath-data:/data \
#     -e MICROPATH_PUBLIC_URL=https://api.example.org -e MICROPATH_ADMIN_TOKEN=… micropath-server
# PGlite keeps its data in the /data volume (one container per volume); set DATABASE_URL to
# run several containers on PostgreSQL.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/micropath/package.json packages/micropath/
COPY packages/server/package.json packages/server/
RUN npm ci --ignore-scripts && npm rebuild esbuild
COPY packages/micropath packages/micropath
COPY packages/server packages/server
COPY scripts scripts
COPY tsconfig.json vite.config.ts ./
RUN npm run build --workspace micropath && npm run build --workspace @micropath/server

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 MICROPATH_DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/micropath/package.json packages/micropath/
COPY packages/server/package.json packages/server/
# Only what the server runs with: no dev dependencies, no install scripts.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/packages/micropath/dist packages/micropath/dist
COPY --from=build /app/packages/server/dist packages/server/dist
COPY packages/server/migrations packages/server/migrations
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
# Liveness: /health never waits on the database (readiness is /ready).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "packages/server/dist/bin.js"]
