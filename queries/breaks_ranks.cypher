// Title: Allies that break ranks
// Question: Which allied pairs (ALLY_OF) take opposite sides on the same event or agreement?
// Parameters:
//   actor (string, default ""): only pairs that include this actor (name, alias or id); empty for all pairs
//   include_negated (boolean, default false): also use alliances and stances stated only as negated or hypothetical
// Example: geoalign query breaks_ranks --param actor=Russia
// The sides come from the stance rows the store keeps at write time (graph/store/lookup.py): for each
//   allied pair, the topics of the actor with fewer (ActorTopics), then both actors' stance rows on each,
//   by key. The first three parts list every pair (no actor given) from the Neighbours lookup (one row
//   per actor: the other ends of its ALLY_OF relations, claimed or not; the actor is the key less
//   '|ALLY_OF'), not from a scan of every relation (~26 ms at 100k relations). The candidate pairs
//   (smaller id first), in the answer's order, are split at fixed counts: the first 8, the next 56,
//   the others; the first 8 (64) pairs are among those of the first 8 (64) actors by name, so only
//   their allies are looked up. Each part then checks its pairs' alliances (the claimed flag too) by
//   walking from the ally to the actor, as the named actor's parts do. A later part runs only when the
//   earlier ones have too few rows for the page (at 100k relations the first 8 pairs have 457 rows;
//   the first 101, 5,852, were made and sorted for the first page before). A named actor's pairs
//   (its allies from the Neighbours lookup, every end of its ALLY_OF relations, claimed or not, the
//   actor first) are split the same way, in the answer's order: the first 8 pairs (22 ms for
//   Afghanistan's page on LadybugDB at 100k relations, whose 263 pairs have 19,123 rows, against
//   ~100 ms for all of them made and sorted), the next 56, the others. Its first part has no guard (it starts with an UNWIND):
//   a named actor always needs it, and with no actor it runs only after a whole answer shorter than
//   the page, and finds nothing. Each later part starts with the count of the named
//   actors' pairs, from their Neighbours rows, and runs only past its split (more than 8, then more
//   than 64): the runner asks that as the part's guard, a query short to plan (under 1 ms on LadybugDB,
//   against ~5 ms to plan a part that finds nothing), and not at all for the last part once the count
//   is 8 or less (its guard starts with the one that failed). The last part takes the actor's topics,
//   and on each the actors with a side on it (TopicActors) that are among its other allies: not every
//   ally tried on every topic (175,098 stance keys for the busiest actor at 100k relations, against
//   10,985 actors met). Each alliance is checked (its claimed flag too) by walking from the ally to the
//   actor, as allies does: the ally's relations are read, not every relation of the actor.
WITH $include_negated AS neg
WHERE $actor = ''
MATCH (n:Neighbours)
WHERE n.key ENDS WITH '|ALLY_OF'
UNWIND n.ids AS i_y
WITH neg, n, left(n.key, size(n.key) - size('|ALLY_OF')) AS xid, i_y
WHERE xid < i_y
WITH DISTINCT neg, n, xid
UNWIND [xid] AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH neg, n, x
ORDER BY x.name, x.id
LIMIT 8
UNWIND n.ids AS i_y
WITH neg, x, i_y
WHERE x.id < i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
LIMIT 8
WITH x, y, neg, x.id AS aid
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, y, neg, x.id AS xid, y.id AS yid
MATCH (ax:ActorTopics {actor: xid})
MATCH (ay:ActorTopics {actor: yid})
UNWIND CASE WHEN size(ax.topics) <= size(ay.topics) THEN ax.topics ELSE ay.topics END AS tid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
UNION ALL
WITH $include_negated AS neg
WHERE $actor = ''
MATCH (n:Neighbours)
WHERE n.key ENDS WITH '|ALLY_OF'
UNWIND n.ids AS i_y
WITH neg, n, left(n.key, size(n.key) - size('|ALLY_OF')) AS xid, i_y
WHERE xid < i_y
WITH DISTINCT neg, n, xid
UNWIND [xid] AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
WITH neg, n, x
ORDER BY x.name, x.id
LIMIT 64
UNWIND n.ids AS i_y
WITH neg, x, i_y
WHERE x.id < i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
SKIP 8
LIMIT 56
WITH x, y, neg, x.id AS aid
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, y, neg, x.id AS xid, y.id AS yid
MATCH (ax:ActorTopics {actor: xid})
MATCH (ay:ActorTopics {actor: yid})
UNWIND CASE WHEN size(ax.topics) <= size(ay.topics) THEN ax.topics ELSE ay.topics END AS tid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
UNION ALL
WITH $include_negated AS neg
WHERE $actor = ''
MATCH (n:Neighbours)
WHERE n.key ENDS WITH '|ALLY_OF'
UNWIND n.ids AS i_y
WITH neg, left(n.key, size(n.key) - size('|ALLY_OF')) AS xid, i_y
WHERE xid < i_y
UNWIND [xid] AS i_x
MATCH (x:__Node__)
WHERE x.id = i_x
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
SKIP 64
WITH x, y, neg, x.id AS aid
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, y, neg, x.id AS xid, y.id AS yid
MATCH (ax:ActorTopics {actor: xid})
MATCH (ay:ActorTopics {actor: yid})
UNWIND CASE WHEN size(ax.topics) <= size(ay.topics) THEN ax.topics ELSE ay.topics END AS tid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
UNION ALL
UNWIND [toLower($actor)] AS q
WITH q, $include_negated AS neg
WHERE q <> ''
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (x:__Node__)
WHERE x.id = i
WITH x, neg, x.id + '|ALLY_OF' AS nkey
MATCH (n:Neighbours {key: nkey})
UNWIND n.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
LIMIT 8
WITH x, y, neg, x.id AS aid
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, y, neg, x.id AS xid, y.id AS yid
MATCH (ax:ActorTopics {actor: xid})
MATCH (ay:ActorTopics {actor: yid})
UNWIND CASE WHEN size(ax.topics) <= size(ay.topics) THEN ax.topics ELSE ay.topics END AS tid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
UNION ALL
WITH toLower($actor) AS q, $include_negated AS neg
WHERE q <> ''
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (c:Neighbours {key: i + '|ALLY_OF'})
WITH q, neg, sum(size(c.ids)) AS pairs
WHERE pairs > 8
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (x:__Node__)
WHERE x.id = i
WITH x, neg, x.id + '|ALLY_OF' AS nkey
MATCH (n:Neighbours {key: nkey})
UNWIND n.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
SKIP 8
LIMIT 56
WITH x, y, neg, x.id AS aid
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, y, neg, x.id AS xid, y.id AS yid
MATCH (ax:ActorTopics {actor: xid})
MATCH (ay:ActorTopics {actor: yid})
UNWIND CASE WHEN size(ax.topics) <= size(ay.topics) THEN ax.topics ELSE ay.topics END AS tid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
UNION ALL
WITH toLower($actor) AS q, $include_negated AS neg
WHERE q <> ''
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (c:Neighbours {key: i + '|ALLY_OF'})
WITH q, neg, sum(size(c.ids)) AS pairs
WHERE pairs > 8
WITH q, neg, pairs
WHERE pairs > 64
MATCH (k:NameKey {key: q})
UNWIND k.ids AS i
MATCH (x:__Node__)
WHERE x.id = i
WITH x, neg, x.id + '|ALLY_OF' AS nkey
MATCH (n:Neighbours {key: nkey})
UNWIND n.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH neg, x, y
ORDER BY x.name, x.id, y.name, y.id
SKIP 64
WITH x, x.id AS aid, y, neg
MATCH (y)-[al]-(z)
WHERE z.id = aid AND al:ALLY_OF AND (neg OR al.claimed)
WITH DISTINCT x, y, neg
WITH x, neg, collect(y.id) AS allies
WITH x, neg, allies, x.id AS xid
MATCH (ax:ActorTopics {actor: xid})
UNWIND ax.topics AS tid
MATCH (ta:TopicActors {topic: tid})
UNWIND ta.actors AS yid
WITH x, neg, tid, yid, allies
WHERE yid IN allies
MATCH (y:__Node__)
WHERE y.id = yid
WITH x, y, neg, tid, y.id + '|' + tid AS ykey, x.id + '|' + tid AS xkey
MATCH (sy:Stance {key: ykey})
MATCH (sx:Stance {key: xkey})
MATCH (t:__Node__ {id: tid})
UNWIND [1, -1] AS side
WITH x, y, t,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sx.support ELSE sx.support_claimed END)
          ELSE (CASE WHEN neg THEN sx.oppose ELSE sx.oppose_claimed END) END AS mine,
     CASE WHEN side = 1 THEN (CASE WHEN neg THEN sy.oppose ELSE sy.oppose_claimed END)
          ELSE (CASE WHEN neg THEN sy.support ELSE sy.support_claimed END) END AS theirs
UNWIND mine AS s1
UNWIND theirs AS s2
RETURN DISTINCT x.name AS actor, x.id AS actor_id, s1 AS actor_relation, y.name AS ally, y.id AS ally_id,
       s2 AS ally_relation, t.name AS topic, t.id AS topic_id
ORDER BY actor, actor_id, ally, ally_id, topic, topic_id, actor_relation, ally_relation
