// Title: Allies that break ranks
// Question: Which allied pairs (ALLY_OF) take opposite sides on the same event or agreement?
// Parameters:
//   actor (string, default ""): only pairs that include this actor (name, alias or id); empty for all pairs
//   include_negated (boolean, default false): also use alliances and stances stated only as negated or hypothetical
// Example: geoalign query breaks_ranks --param actor=Russia
// The sides come from the stance rows the store keeps at write time (graph/store/lookup.py): for each
//   allied pair, the topics of the actor with fewer (ActorTopics), then both actors' stance rows on each,
//   by key. The first two parts list every pair (no actor given), in the answer's order: the first
//   $page_end pairs (the rows up to the page's end, which run_saved sends), then the others, run only
//   when the first ones have too few rows for the page (at 100k relations the first 101 pairs have
//   5,852 rows; all 3,103 pairs 121,040, made and sorted for any page before). The third part lists
//   the pairs of the named actor: its allies from the Neighbours lookup (every end of its ALLY_OF
//   relations, claimed or not), each alliance checked (its claimed flag too) by walking from the ally
//   to the actor, as allies does: the ally's relations are read, not every relation of the actor.
//   Then, on each of the actor's topics, the actors with a side on it (TopicActors) that are among its
//   allies: not every ally tried on every topic (175,098 stance keys for the busiest actor at 100k
//   relations, against 10,985 actors met).
WITH $include_negated AS neg
WHERE $actor = ''
MATCH (x)-[al]-(y)
WHERE al:ALLY_OF AND (neg OR al.claimed) AND x.id < y.id
WITH DISTINCT x, y, neg
WITH x, y, neg
ORDER BY x.name, x.id, y.name, y.id
LIMIT $page_end
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
MATCH (x)-[al]-(y)
WHERE al:ALLY_OF AND (neg OR al.claimed) AND x.id < y.id
WITH DISTINCT x, y, neg
WITH x, y, neg
ORDER BY x.name, x.id, y.name, y.id
SKIP $page_end
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
MATCH (x:__Node__)
WHERE x.id = i
WITH x, neg, x.id AS aid, x.id + '|ALLY_OF' AS nkey
MATCH (n:Neighbours {key: nkey})
UNWIND n.ids AS i_y
MATCH (y:__Node__)
WHERE y.id = i_y
WITH x, aid, y, neg
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
