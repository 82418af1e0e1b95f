-- Search finds places and departments ("sao paulo" finds "São Paulo", "fabrication" the
-- Fabrication department): each listing's folded location labels, cities, regions and
-- department, written with the listing by the kit's own folding (placesText) and added to
-- search_all. Null until written: rows stored before this file are written again on first read.
alter table listing_search add column search_places text;
