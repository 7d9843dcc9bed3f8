// Title: Allies that break ranks
// Question: Which allied pairs (ALLY_OF) take opposite sides on the same event or agreement?
// Parameters:
//   actor (string, default ""): only pairs that include this actor (name, alias or id); empty for all pairs
//   include_negated (boolean, default false): also use alliances and stances stated only as negated or hypothetical
// Example: geoalign query breaks_ranks --param actor=Russia
WITH toLower($actor) AS q, $include_negated AS neg
MATCH (x)-[al:ALLY_OF]-(y)
WHERE (neg OR al.claimed)
  AND ((q = '' AND x.id < y.id)
       OR toLower(x.id) = q OR toLower(x.name) = q OR any(a IN x.aliases WHERE toLower(a) = q))
WITH DISTINCT x, y, neg
MATCH (x)-[s1]->(t:Event|Agreement)<-[s2]-(y)
WHERE s1.sign * s2.sign < 0 AND (neg OR (s1.claimed AND s2.claimed))
RETURN DISTINCT x.name AS actor, x.id AS actor_id, type(s1) AS actor_relation, y.name AS ally, y.id AS ally_id,
       type(s2) AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
