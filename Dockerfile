# syntax=docker/dockerfile:1
# OrderHub: a multi-stage build. The first stage checks types with every dev tool; the runtime stage has
# production dependencies only, runs as a non-root user, and never downloads a browser.

FROM node:20-bookworm-slim AS check
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run typecheck

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    DATA_DIR=/data \
    PORT=3000
RUN mkdir -p /data && chown node:node /data
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=check --chown=node:node /app/package.json /app/catalog.example.json /app/*.ts ./
COPY --from=check --chown=node:node /app/bin ./bin
COPY --from=check --chown=node:node /app/core ./core
COPY --from=check --chown=node:node /app/storage ./storage
COPY --from=check --chown=node:node /app/intake ./intake
COPY --from=check --chown=node:node /app/bots ./bots
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "main.ts"]
