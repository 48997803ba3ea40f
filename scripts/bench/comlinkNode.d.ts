// comlink ships node-adapter.d.ts beside the .mjs; point the .mjs import at those types.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/esm/node-adapter';
  export default nodeEndpoint;
}
