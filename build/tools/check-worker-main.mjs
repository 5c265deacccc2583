// Runs before TeaVM in every Worker module: checks that worker.main names the class @WorkerEntry
// generated, so a mistake reads as what to fix, not as TeaVM's
// `Cannot invoke "String.startsWith(String)" because "name" is null` (worker.main unset) or
// `There's no main class` (no @WorkerEntry class).
//
// Usage: node build/tools/check-worker-main.mjs <module dir> --main=<worker.main>
import fs from "node:fs";
import path from "node:path";

const moduleDir = process.argv[2];
const main = (process.argv.find((a) => a.startsWith("--main=")) ?? "--main=").slice("--main=".length).trim();
const pom = path.join(path.relative(process.cwd(), moduleDir) || ".", "pom.xml");
const generatedMark = '@javax.annotation.processing.Generated("dev.workers4j.entry.WorkerEntryProcessor")';

function javaFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".java")).map((f) => path.join(dir, f));
}

// The <Worker>Main classes WorkerEntryProcessor wrote, as class names.
const generatedDir = path.join(moduleDir, "target/generated-sources/annotations");
const entries = javaFiles(generatedDir)
  .filter((f) => fs.readFileSync(f, "utf8").includes(generatedMark))
  .map((f) => path.relative(generatedDir, f).replace(/\.java$/, "").split(path.sep).join("."));

function fail(message) {
  console.error(`[ERROR] ${message}`);
  process.exit(1);
}

const noEntry = "no class in src/main/java is annotated @WorkerEntry (dev.workers4j.worker.WorkerEntry). "
  + "Put it on the class that implements dev.workers4j.worker.Worker (public, with a no-argument constructor): "
  + "the build generates <ThatClass>Main from it, which worker.main names.";
if (main === "") {
  if (entries.length === 0) fail(`worker.main is not set, and ${noEntry}`);
  fail(`worker.main is not set: add <worker.main>${entries[0]}</worker.main> to <properties> in ${pom} `
    + `(${entries[0]} is generated from @WorkerEntry).`);
}
if (!entries.includes(main)) {
  const compiled = fs.existsSync(path.join(moduleDir, "target/classes", main.split(".").join("/") + ".class"));
  if (compiled) process.exit(0); // a hand-written main class: the Worker knows what it does
  if (entries.length === 0) fail(`worker.main is ${main}, which does not exist: ${noEntry}`);
  fail(`worker.main is ${main}, which does not exist; @WorkerEntry generated ${entries.join(", ")}: `
    + `set <worker.main> in ${pom} to ${entries.length === 1 ? "it" : "one of them"}.`);
}
