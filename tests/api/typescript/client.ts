// A small decoupled client: it walks a guide's body and handles every block type, with the
// types openapi-typescript generates from /api/v3/openapi.json (written next to this file
// as schema.d.ts by tests/api/test_typescript_client.py). If the document typed the body as
// unknown[], or lost a block type, this file would no longer type-check.
import type { components } from "./schema";

type Guide = components["schemas"]["GuidePageSchema"];
type Block = NonNullable<Guide["body"]>[number];
type Image = components["schemas"]["ImageRepresentation"];

function assertNever(block: never): never {
  throw new Error(`unknown block: ${JSON.stringify(block)}`);
}

function picture(image: Image | null, alt: string): string {
  if (!image) return "";
  const { small, medium, large } = image.renditions;
  const sources = [small, medium, large].map((size) => `${size.url} ${size.width}w`);
  return `<img src="${image.url}" srcset="${sources.join(", ")}" alt="${alt}">`;
}

export function render(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<${block.value.level}>${block.value.text}</${block.value.level}>`;
    case "paragraph":
      return block.value;
    case "image":
      return `<figure>${picture(block.value.image, block.value.alt)}<figcaption>${block.value.caption}</figcaption></figure>`;
    case "callout": {
      const kind: "tip" | "warning" | "info" = block.value.kind;
      return `<aside class="${kind}"><h3>${block.value.title}</h3>${block.value.text}</aside>`;
    }
    case "quote":
      return `<blockquote>${block.value.quote} (${block.value.name}, ${block.value.role}, ${block.value.party})</blockquote>`;
    case "faq":
      return block.value.items.map((item) => `<details><summary>${item.question}</summary>${item.answer}</details>`).join("");
    case "document":
      return block.value
        ? `<a href="${block.value.download_url}">${block.value.title} (${block.value.file_extension}, ${block.value.file_size ?? 0} bytes)</a>`
        : "";
    case "video":
      return `<a href="${block.value.url ?? ""}">${block.value.title}</a>${block.value.transcript}`;
    case "table":
      return block.value
        ? `<table><caption>${block.value.caption}</caption>${block.value.rows.map((row) => row.join("|")).join("")}</table>`
        : "";
    case "steps":
      return `<ol>${block.value.steps.map((step) => `<li>${step.title}: ${step.text}</li>`).join("")}</ol>`;
    case "checklist":
      return `<ul>${block.value.items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
    default:
      return assertNever(block);
  }
}

export function renderGuide(guide: Guide): string {
  const topic = guide.topic ? guide.topic.name : "";
  return `<h1>${guide.title}</h1><p>${topic}</p>${(guide.body ?? []).map(render).join("\n")}`;
}

// The union is closed: a block type the API does not have is a type error.
// @ts-expect-error "onbekend" is not a block type of a guide
render({ type: "onbekend", value: "", id: "x" });
