package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Copy one asset from its source URL into R2 under assets/{hash-prefix}/{file}. */
public record AssetIngest(@JsonProperty("source_url") String sourceUrl,
        @JsonProperty("file_name") String fileName) implements IngestJob {
}
