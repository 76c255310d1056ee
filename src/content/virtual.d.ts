/** The content model, read once by src/build/contentModel.ts. */
declare module 'virtual:careers/content-model' {
  const model: import('./model.ts').ContentModel;
  export default model;
}
declare module 'virtual:careers/content-sources' {
  const sources: Map<string, import('./model.ts').ContentSource>;
  export default sources;
}
