// Title: Articles that mention both A and B
// Question: Which articles mention both actors (MENTIONS edges), with outlet, date and URL?
// Parameters:
//   a (string): name, alias or id of the first entity, case-insensitive
//   b (string): name, alias or id of the second entity, case-insensitive
// Example: geoalign query co_mentions --param a=Serbia --param b=Russia
WITH toLower($a) AS qa, toLower($b) AS qb
MATCH (x:__Node__)
WHERE toLower(x.id) = qa OR toLower(x.name) = qa OR any(al IN x.aliases WHERE toLower(al) = qa)
WITH x, qb
MATCH (y:__Node__)
WHERE toLower(y.id) = qb OR toLower(y.name) = qb OR any(al IN y.aliases WHERE toLower(al) = qb)
WITH x, y
MATCH (x)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(y)
RETURN DISTINCT coalesce(art.date, '') AS published, art.name AS title, coalesce(art.outlet, '') AS outlet,
       coalesce(art.url, '') AS url, art.id AS article_id
ORDER BY published, title, outlet, url, article_id
