-- How a creative activity report import found each product a combo log names: by product id (the
-- export's product_ids), exact SKU, normalised title, or edit distance; and the name as the file
-- wrote it, so a staff member can check a fuzzy match. NULL for links made through the API.
ALTER TABLE combo_log_products
    ADD COLUMN match_rule text CHECK (match_rule IN ('ID', 'SKU', 'TITLE', 'EDIT_DISTANCE')),
    ADD COLUMN matched_as text;
