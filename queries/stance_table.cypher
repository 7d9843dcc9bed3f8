// Title: Stance table
// Question: For every actor and every event or agreement, how many supporting and opposing relations are there, and which side wins?
// Parameters:
//   topic (string, default ""): only topics whose name contains this text (case-insensitive); empty for all
//   include_negated (boolean, default false): also count stances stated only as negated or hypothetical
// Example: geoalign query stance_table --param topic=referend --format csv
// Reads the stance rows the store keeps at write time (one per actor and topic, see graph/store/lookup.py):
//   the relation types by which the actor supports or opposes the topic; counting them counts relations.
WITH toLower($topic) AS q, $include_negated AS neg
//   Keys are bound to variables before each lookup: LadybugDB looks a node up by a variable, not by a
//   property of another row (that became a cross product).
MATCH (s:Stance)
WITH s.topic AS tid, s.actor AS aid, q, CASE WHEN neg THEN size(s.support) ELSE size(s.support_claimed) END AS plus,
     CASE WHEN neg THEN size(s.oppose) ELSE size(s.oppose_claimed) END AS minus
WHERE plus + minus > 0
MATCH (t:__Node__ {id: tid})
WITH t, aid, q, plus, minus
WHERE q = '' OR toLower(t.name) CONTAINS q
MATCH (x:__Node__ {id: aid})
WITH x, t, plus, minus
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
