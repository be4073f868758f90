// The statements the atlas reads: one entry each, read by the data build
// (which folder to build) and by the app (what to call the statement, where
// its data is). Each statement's text, source and tour are a folder of data:
// geodata/statements/<id>/ with source.txt (verbatim), about.json (where it
// was published, its licence) and tour.json. Adding one is that folder and
// an entry here.
import type { Translated } from './languages';

export interface StatementEntry {
  /** Its folder under geodata/statements, and its name in links. */
  id: string;
  /** Where its files sit under public/data: '' for the flagship, whose files stay where every published link expects them. */
  dataPath: string;
  /** What the interface calls it, after "The" in English: "U.S.–Japan Joint Statement of 7 February 2025". */
  name: Translated;
  /** Its full name, for the overview: who issued it and when. */
  fullName: Translated;
  /** What kind of text it is, over its title. */
  kind: Translated;
  /** A text the project wrote to show the collection, not an official statement: the interface says so wherever it quotes it. */
  sample?: boolean;
}

export const STATEMENTS: readonly StatementEntry[] = [
  {
    id: 'us-japan-2025-02-07',
    dataPath: '',
    name: { en: 'U.S.–Japan Joint Statement of 7 February 2025', ja: '2025年2月7日の日米首脳共同声明' },
    fullName: {
      en: '7 February 2025 Joint Statement by President Trump and Prime Minister Ishiba',
      ja: 'トランプ大統領と石破首相による2025年2月7日の共同声明',
    },
    kind: { en: 'Joint Statement', ja: '共同声明' },
  },
  {
    id: 'sample-geography-primer',
    dataPath: 'statements/sample-geography-primer/',
    name: { en: 'sample text on East Asian waters (not an official statement)', ja: '東アジアの海についての見本テキスト（公式文書ではありません）' },
    fullName: { en: 'sample text on East Asian waters, written by the project (not an official statement)', ja: 'プロジェクトが作成した東アジアの海についての見本テキスト（公式文書ではありません）' },
    kind: { en: 'Sample text', ja: '見本テキスト' },
    sample: true,
  },
  {
    id: 'sample-reworded-statement',
    dataPath: 'statements/sample-reworded-statement/',
    name: { en: 'sample text rewording the joint statement (not an official statement)', ja: '共同声明を言い換えた見本テキスト（公式文書ではありません）' },
    fullName: {
      en: 'sample text rewording the 7 February 2025 joint statement, written by the project (not an official statement)',
      ja: 'プロジェクトが作成した、2025年2月7日の共同声明を言い換えた見本テキスト（公式文書ではありません）',
    },
    kind: { en: 'Sample text', ja: '見本テキスト' },
    sample: true,
  },
];

/** The statement the atlas opens with (the curated flagship). */
export const DEFAULT_STATEMENT: StatementEntry = STATEMENTS[0]!;

/** A text's ?statement= value: none for the flagship, so its links stay as they always were. */
export const statementParam = (entry: StatementEntry): string | null => (entry.id === DEFAULT_STATEMENT.id ? null : entry.id);

/** The statement a link asks for (`?statement=`): the flagship when it names none, nothing when it names one the atlas lacks. */
export const statementFor = (id: string | null): StatementEntry | undefined => (id === null ? DEFAULT_STATEMENT : STATEMENTS.find((s) => s.id === id));
