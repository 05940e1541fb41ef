/** The top frames of V8 CPU profiles (`node --cpu-prof`), by self time, and by package. */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileSummary {
  files: number;
  sampledSeconds: number;
  topFrames: { frame: string; selfPercent: number }[];
  byPackage: { package: string; selfPercent: number }[];
}

function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return url.split('/')[0] ?? url;
  const inModules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules?.[1]) return inModules[1];
  const ours = /(apps|packages)\/[^/]+\/src\/(.*)$/.exec(url);
  if (ours) return `siui:${path.dirname(ours[2] ?? '')}`;
  return url.replace(/^file:\/\//, '');
}

export function summariseProfiles(directory: string, top: number): ProfileSummary {
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  let sampledUs = 0;
  const files = fs.existsSync(directory)
    ? fs.readdirSync(directory).filter((f) => f.endsWith('.cpuprofile'))
    : [];
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as Profile;
    sampledUs += profile.endTime - profile.startTime;
    const hits = new Map<number, number>();
    for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const node of profile.nodes) {
      const count = hits.get(node.id) ?? 0;
      if (count === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') continue;
      total += count;
      const where = url
        ? `${url.replace(/^.*\/(node_modules|apps|packages)\//, '$1/')}:${lineNumber + 1}`
        : '';
      const key = `${functionName || '(anonymous)'} ${where}`.trim();
      frames.set(key, (frames.get(key) ?? 0) + count);
      const pkg = packageOf(url);
      packages.set(pkg, (packages.get(pkg) ?? 0) + count);
    }
  }
  const percent = (n: number) => Math.round((1000 * n) / Math.max(1, total)) / 10;
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    files: files.length,
    sampledSeconds: Math.round(sampledUs / 1e6),
    topFrames: sorted(frames).map(([frame, n]) => ({ frame, selfPercent: percent(n) })),
    byPackage: sorted(packages).map(([name, n]) => ({ package: name, selfPercent: percent(n) })),
  };
}

// `node scripts/bench/run-profile-summary` style use: tsx scripts/bench/profile-summary.ts DIR
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2] ?? '.';
  process.stdout.write(`${JSON.stringify(summariseProfiles(dir, 40), null, 2)}\n`);
}
