// Title: Stance table
// Question: For every actor and every event or agreement, how many supporting and opposing relations are there, and which side wins?
// Parameters:
//   topic (string, default ""): only topics whose name contains this text (case-insensitive); empty for all
//   include_negated (boolean, default false): also count stances stated only as negated or hypothetical
// Example: geoalign query stance_table --param topic=referend --format csv
WITH toLower($topic) AS q, $include_negated AS neg
MATCH (x)-[r]->(t:Event|Agreement)
WHERE r.sign <> 0 AND (neg OR r.claimed) AND (q = '' OR toLower(t.name) CONTAINS q)
WITH x, t, sum(CASE WHEN r.sign > 0 THEN 1 ELSE 0 END) AS plus, sum(CASE WHEN r.sign < 0 THEN 1 ELSE 0 END) AS minus
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
