/**
 * A blog's post and the filing note under it ("This entry was posted in … and tagged …"), shared by the
 * main-text tests of what a filing note ends (main-text-filing-note) and of what it leaves hanging above
 * it (main-text-dangling-foot). Invented.
 */
export const POST = [
  'Beans along the fence',
  'We planted the beds along the fence this spring, after two years of leaving the soil to rest under a cover of clover and straw.',
  'The compost from the winter went in first, a thick layer that the worms pulled down within weeks, and the seedlings followed in May.',
  'By July the beans had climbed the whole fence and the neighbours asked what we had done differently this year in such a dry summer.',
];
export const NOTE = 'This entry was posted in Gardening and tagged compost, soil. Bookmark the permalink. Both comments and trackbacks are currently closed.';
