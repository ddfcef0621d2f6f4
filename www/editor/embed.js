// The embed code for a document: the script and the element, with the document in the page
// or given by URL. In the page, every `<` in the JSON is written `\u003c`, so no text in it
// (`</script>`, `<!--`) can end the script element early; JSON reads it back the same.

export function embedCode(documentText, kind, scriptUrl) {
  const script = `<script type="module" src="${scriptUrl}"></script>`;
  if (kind === 'src') {
    return `${script}\n<!-- Upload the exported .json beside the page and name it here. -->\n`
      + '<pingshan-infographic src="your-document.json"></pingshan-infographic>\n';
  }
  const json = JSON.stringify(JSON.parse(documentText)).replaceAll('<', '\\u003c');
  return `${script}\n<pingshan-infographic>\n  <script type="application/json">${json}</script>\n</pingshan-infographic>\n`;
}
