# The API image used by docker-compose.yml (Neo4j runs in its own container there).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci
COPY src ./src
COPY web ./web
# The API (tsc) and the workspace's browser assets (Vite, into dist/web).
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# PDF packs: Chromium prints the HTML pack; the fonts cover Latin, Cyrillic (DejaVu), Arabic, Myanmar, Ethiopic (Noto
# core) and Chinese (Noto CJK).
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-core fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
COPY public ./public
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
