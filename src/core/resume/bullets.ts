// The marks that open a list item, as resumes print them: one list for the layout step (which
// keeps a bullet's row apart from the line above) and the structure step (which reads the item).

/** Bullet glyphs, dashes and the middle dot, as a regular-expression character class. */
export const BULLET_MARKS = '[•●○◦▪▫■□►▸▹▻›»∙⦁‣⁃–\\-*·✓✔➢➤→◆◇❖♦]';
