// The city's districts and townships (GB/T 2260; Huzhou, the source document's city). Local
// reference data bundled with the app: the console must not need the internet for a map.

export interface District {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly townships: readonly { zh: string; en: string }[];
}

export const CITY = { code: '330500', zh: '湖州市', en: 'Huzhou' };

export const DISTRICTS: readonly District[] = [
  {
    code: '330502',
    zh: '吴兴区',
    en: 'Wuxing',
    townships: [
      { zh: '织里镇', en: 'Zhili' },
      { zh: '八里店镇', en: 'Balidian' },
      { zh: '妙西镇', en: 'Miaoxi' },
      { zh: '埭溪镇', en: 'Daixi' },
      { zh: '东林镇', en: 'Donglin' },
    ],
  },
  {
    code: '330503',
    zh: '南浔区',
    en: 'Nanxun',
    townships: [
      { zh: '南浔镇', en: 'Nanxun' },
      { zh: '练市镇', en: 'Lianshi' },
      { zh: '双林镇', en: 'Shuanglin' },
      { zh: '菱湖镇', en: 'Linghu' },
    ],
  },
  {
    code: '330521',
    zh: '德清县',
    en: 'Deqing',
    townships: [
      { zh: '武康街道', en: 'Wukang' },
      { zh: '新市镇', en: 'Xinshi' },
      { zh: '乾元镇', en: 'Qianyuan' },
      { zh: '钟管镇', en: 'Zhongguan' },
    ],
  },
  {
    code: '330522',
    zh: '长兴县',
    en: 'Changxing',
    townships: [
      { zh: '雉城街道', en: 'Zhicheng' },
      { zh: '煤山镇', en: 'Meishan' },
      { zh: '泗安镇', en: "Si'an" },
      { zh: '和平镇', en: 'Heping' },
    ],
  },
  {
    code: '330523',
    zh: '安吉县',
    en: 'Anji',
    townships: [
      { zh: '递铺街道', en: 'Dipu' },
      { zh: '孝丰镇', en: 'Xiaofeng' },
      { zh: '天荒坪镇', en: 'Tianhuangping' },
      { zh: '梅溪镇', en: 'Meixi' },
    ],
  },
];

/** The name of a region code in the current language (the code itself when unknown). */
export function regionName(code: string, lang: 'zh' | 'en'): string {
  if (code === CITY.code) return CITY[lang];
  const d = DISTRICTS.find((x) => x.code === code);
  return d === undefined ? code : d[lang];
}
