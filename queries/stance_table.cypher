// Title: Stance table
// Question: For every actor and every event or agreement, how many supporting and opposing relations are there, and which side wins?
// Parameters:
//   topic (string, default ""): only topics whose name contains this text (case-insensitive); empty for all
//   include_negated (boolean, default false): also count stances stated only as negated or hypothetical
// Example: geoalign query stance_table --param topic=referend --format csv
// Reads the stance rows the store keeps at write time (one per actor and topic, see graph/store/lookup.py):
//   the relation types by which the actor supports or opposes the topic; counting them counts relations.
// Without a topic the answer is cut by actors before any stance row is read: the actors with stance
//   rows (ActorTopics) in the answer's order (name, id), split at fixed counts, the first 4, the next 60,
//   the others, each part reading its actors' stance rows by key; a later part runs only when the
//   earlier ones have too few rows for the page (every row of an earlier part comes first). At 100k
//   relations the first 4 actors have 171 topics, the first 101 5,676; all 3,979 actors 20,458 stance
//   rows (all read, their ends looked up by id and sorted for any page before). With a topic, its events and
//   agreements by name, then their actors (TopicActors) and the stance rows by key.
//   Keys are bound to variables before each lookup: LadybugDB looks a node up by a variable, not by a
//   property of another row (that became a cross product).
WITH $include_negated AS neg
WHERE $topic = ''
MATCH (at:ActorTopics)
WITH at.actor AS aid, neg
MATCH (x:__Node__ {id: aid})
WITH x, neg
ORDER BY x.name, x.id
LIMIT 4
WITH x, neg, x.id AS xid
MATCH (at:ActorTopics {actor: xid})
UNWIND at.topics AS tid
WITH x, neg, tid, xid + '|' + tid AS skey
MATCH (s:Stance {key: skey})
WITH x, tid, CASE WHEN neg THEN size(s.support) ELSE size(s.support_claimed) END AS plus,
     CASE WHEN neg THEN size(s.oppose) ELSE size(s.oppose_claimed) END AS minus
WHERE plus + minus > 0
MATCH (t:__Node__ {id: tid})
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
UNION ALL
WITH $include_negated AS neg
WHERE $topic = ''
MATCH (at:ActorTopics)
WITH at.actor AS aid, neg
MATCH (x:__Node__ {id: aid})
WITH x, neg
ORDER BY x.name, x.id
SKIP 4
LIMIT 60
WITH x, neg, x.id AS xid
MATCH (at:ActorTopics {actor: xid})
UNWIND at.topics AS tid
WITH x, neg, tid, xid + '|' + tid AS skey
MATCH (s:Stance {key: skey})
WITH x, tid, CASE WHEN neg THEN size(s.support) ELSE size(s.support_claimed) END AS plus,
     CASE WHEN neg THEN size(s.oppose) ELSE size(s.oppose_claimed) END AS minus
WHERE plus + minus > 0
MATCH (t:__Node__ {id: tid})
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
UNION ALL
WITH $include_negated AS neg
WHERE $topic = ''
MATCH (at:ActorTopics)
WITH at.actor AS aid, neg
MATCH (x:__Node__ {id: aid})
WITH x, neg
ORDER BY x.name, x.id
SKIP 64
WITH x, neg, x.id AS xid
MATCH (at:ActorTopics {actor: xid})
UNWIND at.topics AS tid
WITH x, neg, tid, xid + '|' + tid AS skey
MATCH (s:Stance {key: skey})
WITH x, tid, CASE WHEN neg THEN size(s.support) ELSE size(s.support_claimed) END AS plus,
     CASE WHEN neg THEN size(s.oppose) ELSE size(s.oppose_claimed) END AS minus
WHERE plus + minus > 0
MATCH (t:__Node__ {id: tid})
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
UNION ALL
WITH toLower($topic) AS q, $include_negated AS neg
WHERE q <> ''
MATCH (t:Event|Agreement)
WHERE toLower(t.name) CONTAINS q
WITH t, neg, t.id AS tid
MATCH (ta:TopicActors {topic: tid})
UNWIND ta.actors AS aid
WITH t, neg, aid, aid + '|' + tid AS skey
MATCH (s:Stance {key: skey})
WITH t, aid, CASE WHEN neg THEN size(s.support) ELSE size(s.support_claimed) END AS plus,
     CASE WHEN neg THEN size(s.oppose) ELSE size(s.oppose_claimed) END AS minus
WHERE plus + minus > 0
MATCH (x:__Node__ {id: aid})
RETURN x.name AS actor, x.id AS actor_id, t.name AS topic, t.id AS topic_id, plus AS supporting, minus AS opposing,
       CASE WHEN plus > minus THEN '+' WHEN minus > plus THEN '-' ELSE '±' END AS stance
ORDER BY actor, actor_id, topic, topic_id, supporting, opposing, stance
