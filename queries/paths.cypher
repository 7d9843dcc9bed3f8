// Title: Paths between two actors
// Question: How are actor A and actor B connected, through at most N relations (no article mentions)?
// Parameters:
//   a (string): name, alias or id of the first actor, case-insensitive
//   b (string): name, alias or id of the second actor, case-insensitive
//   max_hops (integer 1..4, default 2): the longest path to list (3-4 between busy actors can take seconds)
//   include_negated (boolean, default false): also walk relations stated only as negated or hypothetical
// List columns: via, relations, relation_keys
// Example: geoalign query paths --param a=Serbia --param b=Kazakhstan --param max_hops=2
WITH toLower($a) AS qa, toLower($b) AS qb
MATCH (x)
WHERE toLower(x.id) = qa OR toLower(x.name) = qa OR any(al IN x.aliases WHERE toLower(al) = qa)
WITH x, qb
MATCH (y)
WHERE y.id <> x.id AND (toLower(y.id) = qb OR toLower(y.name) = qb OR any(al IN y.aliases WHERE toLower(al) = qb))
MATCH p = (x)-[:ALLY_OF|REJECTS|SUPPORTS|RECOGNIZES|CONDEMNS|CRITICIZES|SIGNED|MET_WITH|HOLDS_OFFICE|MEMBER_OF|INVADED|OCCUPIES|ORGANIZED|HELD_IN|PART_OF|SANCTIONS|REQUESTS|VOTED_FOR|VOTED_AGAINST|AGREED_TO|CONCEDES|AIDS|WITHDREW_FROM|THREATENS|PROTESTS|MOBILIZES|ATTACKED*1..$max_hops]-(y)
WHERE all(r IN relationships(p) WHERE $include_negated OR r.claimed)
  AND single(n IN nodes(p) WHERE n.id = x.id) AND single(n IN nodes(p) WHERE n.id = y.id)
RETURN x.id AS from_id, y.id AS to_id, length(p) AS hops, [n IN nodes(p) | n.name] AS via,
       [r IN relationships(p) | type(r)] AS relations, [r IN relationships(p) | r.key] AS relation_keys
ORDER BY from_id, to_id, hops
