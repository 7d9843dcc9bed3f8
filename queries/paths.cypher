// Title: Paths between two actors
// Question: How are actor A and actor B connected, through at most N relations (no article mentions)?
// Parameters:
//   a (string): name, alias or id of the first actor, case-insensitive
//   b (string): name, alias or id of the second actor, case-insensitive
//   max_hops (integer 1..4, default 3): the longest path to list
//   include_negated (boolean, default false): also walk relations stated only as negated or hypothetical
// List columns: via, relations, relation_keys
// Example: geoalign query paths --param a=Serbia --param b=Kazakhstan --param max_hops=2
WITH toLower($a) AS qa, toLower($b) AS qb, $include_negated AS neg
MATCH (x)
WHERE toLower(x.id) = qa OR toLower(x.name) = qa OR any(al IN x.aliases WHERE toLower(al) = qa)
WITH x, qb, neg
MATCH (y)
WHERE toLower(y.id) = qb OR toLower(y.name) = qb OR any(al IN y.aliases WHERE toLower(al) = qb)
MATCH p = (x)-[*1..4]-(y)
WHERE x.id <> y.id AND length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE (neg OR r.claimed) AND type(r) <> 'MENTIONS')
  AND single(n IN nodes(p) WHERE n.id = x.id) AND single(n IN nodes(p) WHERE n.id = y.id)
RETURN x.id AS from_id, y.id AS to_id, length(p) AS hops, [n IN nodes(p) | n.name] AS via,
       [r IN relationships(p) | type(r)] AS relations, [r IN relationships(p) | r.key] AS relation_keys
ORDER BY from_id, to_id, hops
