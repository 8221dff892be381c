/** The stopword package ships no types: its CommonJS export is an object of word lists by ISO 639-3 code (and functions). */
declare module 'stopword' {
  const lists: Record<string, unknown>;
  export default lists;
}
