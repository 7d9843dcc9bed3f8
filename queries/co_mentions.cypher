// Title: Articles that mention both A and B
// Question: Which articles mention both actors (MENTIONS edges), with outlet, date and URL?
// Parameters:
//   a (string): name, alias or id of the first entity, case-insensitive
//   b (string): name, alias or id of the second entity, case-insensitive
// Example: geoalign query co_mentions --param a=Serbia --param b=Russia
WITH toLower($a) AS qa, toLower($b) AS qb
MATCH (k_x:NameKey {key: qa})
UNWIND k_x.ids AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH x, qb
MATCH (k_y:NameKey {key: qb})
UNWIND k_y.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH x, y.id AS yid
MATCH (x)<-[mx]-(art:Article)-[my]->(y)
WHERE mx:MENTIONS AND my:MENTIONS AND y.id = yid
RETURN DISTINCT coalesce(art.date, '') AS published, art.name AS title, coalesce(art.outlet, '') AS outlet,
       coalesce(art.url, '') AS url, art.id AS article_id
ORDER BY published, title, outlet, url, article_id
