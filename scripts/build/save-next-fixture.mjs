// @ts-check
// `npm run fixture:next`: after `next build` and before the post-build step, saves a few of out/'s
// pages as the fixture of the installed Next (docs/upgrading-next.md).
import path from 'node:path';
import { saveNextFixture } from './next-fixture.mjs';

const saved = saveNextFixture(path.resolve(process.argv[2] ?? 'out'));
console.log(`${path.relative(process.cwd(), saved.dir)}: ${saved.files} files, ${saved.bytes} bytes`);
