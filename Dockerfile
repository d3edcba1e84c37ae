FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
# The runtime bundle (bin/bundle.js), built now: the app directory is not writable for USER node.
RUN node bin/bundle.js
# DATA_DIR of docker-compose.yml: a fresh named volume takes this directory's owner.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "--no-regexp-tier-up", "bin/dealreg.js", "serve"]
