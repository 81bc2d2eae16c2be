// The demo's data set: Huzhou's five districts/counties with real townships, grid cells under
// them, and about 200 enterprises across industries with valid USCCs (GB 32100-2015). Built
// from a seeded generator, so every run seeds the same city.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const contracts = await import(require.resolve('../../packages/contracts/dist/index.js'));
const { usccCheckDigit, USCC_ALPHABET, HIGH_RISK_INDUSTRIES } = contracts;

/** District/county code → its townships (乡镇/街道). */
export const TOWNSHIPS = {
  330502: ['织里镇', '八里店镇', '埭溪镇', '妙西镇', '东林镇', '道场乡'],
  330503: ['南浔镇', '双林镇', '练市镇', '善琏镇', '旧馆镇', '菱湖镇', '和孚镇', '千金镇'],
  330521: ['武康街道', '乾元镇', '新市镇', '洛舍镇', '钟管镇', '禹越镇', '新安镇'],
  330522: ['雉城街道', '和平镇', '泗安镇', '林城镇', '虹星桥镇', '夹浦镇', '煤山镇'],
  330523: ['递铺街道', '孝丰镇', '天子湖镇', '梅溪镇', '杭垓镇', '鄣吴镇'],
};

const NAME_PARTS = {
  'hazardous-chemicals': ['化工', '新材料', '精细化工', '涂料', '气体'],
  mining: ['矿业', '石料', '建材矿山'],
  fireworks: ['烟花爆竹'],
  transport: ['物流', '运输', '危货运输'],
  construction: ['建设', '建筑工程', '市政工程'],
  'civil-explosives': ['民爆器材'],
  'metal-smelting': ['冶金', '铸造', '铝业', '钢业'],
  fishery: ['水产', '渔业'],
  manufacturing: ['纺织', '机械', '电子', '家具', '童装', '电池', '木业'],
  trade: ['商贸', '贸易'],
  warehousing: ['仓储'],
  services: ['酒店管理', '物业'],
  other: ['科技'],
};
const PLACE = {
  330502: ['吴兴', '织里', '湖州'],
  330503: ['南浔', '菱湖', '湖州'],
  330521: ['德清', '莫干山', '湖州'],
  330522: ['长兴', '太湖', '湖州'],
  330523: ['安吉', '天荒坪', '湖州'],
};
const BRAND = ['恒', '华', '鑫', '泰', '瑞', '丰', '盛', '宏', '安', '捷', '联', '嘉', '兴', '润'];

/** A small seeded PRNG (mulberry32): the same data set on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Grid cells: two or three per township, ids like `330502-03-2`. */
export function gridCells() {
  const rand = random(2260);
  return Object.entries(TOWNSHIPS).flatMap(([region, towns]) =>
    towns.flatMap((township, t) =>
      Array.from({ length: 2 + Math.floor(rand() * 2) }, (_, c) => ({
        id: `${region}-${String(t + 1).padStart(2, '0')}-${c + 1}`,
        region,
        township,
        name: `${township}第${c + 1}网格`,
        worker: `gw-${region}-${t + 1}-${c + 1}`,
      })),
    ),
  );
}

/** A valid USCC of a company (法人, 91) registered in `region`. */
function uscc(rand, region) {
  let body = '91' + region;
  for (let i = 0; i < 9; i += 1) body += USCC_ALPHABET[Math.floor(rand() * 31)];
  return body + usccCheckDigit(body);
}

/** `count` enterprises spread over the cells; about a third in high-risk industries. */
export function enterprises(cells, count = 200) {
  const rand = random(32100);
  const industries = Object.keys(NAME_PARTS);
  const seen = new Set();
  const list = [];
  while (list.length < count) {
    const cell = pick(rand, cells);
    const industry =
      rand() < 0.35 ? pick(rand, HIGH_RISK_INDUSTRIES) : pick(rand, industries.slice(8));
    const name = `${pick(rand, PLACE[cell.region])}${pick(rand, BRAND)}${pick(rand, BRAND)}${pick(rand, NAME_PARTS[industry])}有限公司`;
    const code = uscc(rand, cell.region);
    if (seen.has(code) || seen.has(name)) continue;
    seen.add(code).add(name);
    list.push({
      uscc: code,
      name,
      industry,
      highRiskCategory: HIGH_RISK_INDUSTRIES.includes(industry) ? industry : 'none',
      region: cell.region,
      township: cell.township,
      gridCellId: cell.id,
      standardisationLevel: pick(rand, ['1', '2', '3', 'none']),
      status: 'open',
      employees: 20 + Math.floor(rand() * 800),
      address: `${cell.township}${pick(rand, BRAND)}${pick(rand, ['路', '街', '大道'])}${1 + Math.floor(rand() * 300)}号`,
    });
  }
  return list;
}
