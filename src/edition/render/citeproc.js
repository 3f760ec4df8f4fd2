// Renders CSL-JSON items with citeproc-js, the reference CSL processor (render/citeproc.py runs
// it once per build). stdin: {styles: {name: path}, locales: dir, jobs: [{style, item, locator,
// label}]}; stdout: [{note, bibliography}] in the order of the jobs.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require("citeproc");

const input = JSON.parse(fs.readFileSync(0, "utf8"));
const items = {};
const sys = {
  retrieveItem: (id) => items[id],
  retrieveLocale: (lang) => {
    const file = path.join(input.locales, `locales-${lang}.xml`);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
  },
};
const engines = {}; // one per style: parsing a style is the costly step
const results = input.jobs.map((job, index) => {
  const id = `item-${index}`;
  items[id] = { ...job.item, id };
  engines[job.style] ??= new CSL.Engine(sys, fs.readFileSync(input.styles[job.style], "utf8"));
  const engine = engines[job.style];
  engine.setOutputFormat("text");
  engine.updateItems([id]);
  const cited = { id };
  // an id's hyphens are not a page range: escaped, citeproc-js keeps them as written
  if (job.locator) Object.assign(cited, { locator: job.locator.replaceAll("-", "\\-"), label: job.label });
  return { note: engine.makeCitationCluster([cited]), bibliography: engine.makeBibliography()[1][0].trim() };
});
process.stdout.write(JSON.stringify(results));
