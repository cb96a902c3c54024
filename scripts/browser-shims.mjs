// esbuild plugin for the browser bundles (web worker server, web extension): `path` is POSIX
// (path-browserify: worker paths are URI paths) and `fs` is empty — the code that reaches it
// (src/node's defaults) is never called there: files are read through the client.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const browserShims = {
  name: 'browser-shims',
  setup(build) {
    build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: require.resolve('path-browserify') }));
    build.onResolve({ filter: /^(node:)?fs$/ }, () => ({ path: 'fs', namespace: 'no-fs' }));
    build.onLoad({ filter: /.*/, namespace: 'no-fs' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};
