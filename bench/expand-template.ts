// Sentence templates with choices: "{said|reported|told {agency}}" picks one alternative (alternatives
// nest), "{place}" is a field of the story's scene. These choices alone leave two stories that use one
// template a few words apart (the aligner pairs them as rewrites); vary-sentence.ts adds the rest of the
// variety. Copies of one story share its words.
import type { Random } from './random.ts';
import type { Scene } from './scene.ts';

type SceneField = { [K in keyof Scene]: Scene[K] extends string ? K : never }[keyof Scene];

export function expandTemplate(r: Random, template: string, scene: Scene): string {
  let text = template;
  // innermost braces first, so "{a|b {place}}" works
  for (let guard = 0; guard < 50 && text.includes('{'); guard++) {
    text = text.replace(/\{([^{}]*)\}/g, (_, body: string) => {
      // "{district|{village}}": an alternative may itself be a field name
      const choice = body.includes('|') ? r.pick(body.split('|')) : body;
      const value = /^[a-z]+$/.test(choice) ? scene[choice as SceneField] : undefined;
      if (typeof value === 'string') return value;
      return body.includes('|') ? choice : `<${body}>`;
    });
  }
  return text;
}
