// Words a full stop follows without ending the sentence: "Brig. Gen. Samir Suleiman", "Oct. 19",
// "Mr. Smith". Shared by the ingest sentence splitter and the quote steps.

export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('mr mrs ms dr prof gen brig col lt maj capt cpt sgt cpl adm cmdr gov sen rep rev fr st sr jr hon pres supt insp ' +
    'no nos vs etc inc ltd co corp dept univ approx est fig vol pp ave blvd mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec')
    .split(' '),
);
