// pdfmake's own module instances that the patches in this folder change, required exactly as
// pdfmake requires them (CommonJS, "require" export condition), so a patch reaches the copy pdfmake
// runs: under Node (tests, tsx) through Node's module cache, and in the esbuild bundle that
// scripts/run.mjs makes, as the one bundled copy. An ES import would pick linebreak's ES build,
// a second copy that pdfmake never calls; createRequire would escape the bundle.
module.exports = {
  './LayoutBuilder.js': require('pdfmake/js/LayoutBuilder.js'),
  './Line.js': require('pdfmake/js/Line.js'),
  './PageElementWriter.js': require('pdfmake/js/PageElementWriter.js'),
  './Renderer.js': require('pdfmake/js/Renderer.js'),
  './StyleContextStack.js': require('pdfmake/js/StyleContextStack.js'),
  './TableProcessor.js': require('pdfmake/js/TableProcessor.js'),
  './TextInlines.js': require('pdfmake/js/TextInlines.js'),
  linebreak: require('linebreak'),
  pdfkit: require('pdfkit'),
};
