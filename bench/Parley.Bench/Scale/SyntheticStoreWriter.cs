using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Lexicons;
using Parley.Model;
using Parley.Store;
using Parley.Text;

namespace Parley.Bench.Scale;

/// <summary>
/// Writes the synthetic world and its articles straight into the store's tables, with ids assigned here,
/// in large transactions and without a journal (a failed generation is simply run again). Every row is
/// what ingestion, the entity resolver and the store's triggers would have written for the same records;
/// the indexes and derived-table triggers are set aside while it writes (see <see cref="SchemaExtras"/>).
/// </summary>
internal sealed class SyntheticStoreWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private SqliteTransaction transaction;
    private readonly BulkInsert placeEntityRows;
    private readonly BulkInsert placeAncestorRows;
    private readonly BulkInsert organizationEntityRows;
    private readonly BulkInsert personEntityRows;
    private readonly BulkInsert articleRows;
    private readonly BulkInsert articlePersonRows;
    private readonly BulkInsert personResolutionRows;
    private readonly BulkInsert positionRows;
    private readonly BulkInsert eventRows;
    private readonly BulkInsert eventPlaceRows;
    private readonly BulkInsert participantRows;
    private readonly BulkInsert eventOrganizationRows;
    private readonly BulkInsert agreementRows;
    private readonly BulkInsert topicRows;
    private readonly BulkInsert organizationNameRows;
    private readonly BulkInsert organizationResolutionRows;
    private readonly BulkInsert peopleKeyRows;
    private readonly BulkInsert placeKeyRows;
    private readonly BulkInsert organizationLinkRows;
    private readonly Dictionary<int, long> placeEntities = [];
    private readonly Dictionary<string, long> peopleKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> placeKeys = new(StringComparer.Ordinal);
    private long nextPlaceEntity, nextPlaceKey, nextOrganizationName, nextOrganizationEntity, nextPeopleKey, nextPersonEntity;
    private long nextArticle, nextArticlePerson, nextPosition, nextEvent;

    /// <summary>Opens the (freshly migrated, empty) store at <paramref name="path"/> for bulk writing.</summary>
    public SyntheticStoreWriter(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;";
            pragmas.ExecuteNonQuery();
        }
        transaction = connection.BeginTransaction();
        placeEntityRows = new BulkInsert(connection, "place_entities", "id", "gazetteer_id", "name", "kind", "country_code", "parent_id");
        placeAncestorRows = new BulkInsert(connection, "place_ancestors", "place_entity_id", "ancestor_id", "depth");
        organizationEntityRows = new BulkInsert(connection, "organization_entities", "id", "name", "place_entity_id");
        personEntityRows = new BulkInsert(connection, "person_entities", "id", "name");
        articleRows = new BulkInsert(connection, "articles", "id", "record_id", "source_key", "origin", "url", "site", "title", "published", "raw_text", "cleaned_text", "content_hash", "record_json", "ingested_at");
        articlePersonRows = new BulkInsert(connection, "article_people", "id", "article_id", "person_id", "ordinal", "name");
        personResolutionRows = new BulkInsert(connection, "person_resolutions", "article_person_id", "entity_id");
        positionRows = new BulkInsert(connection, "positions", "id", "article_id", "article_person_id", "person_id", "title", "organization_id", "org");
        eventRows = new BulkInsert(connection, "events", "id", "article_id", "ordinal", "type", "mode", "start", "end", "place_id", "location");
        eventPlaceRows = new BulkInsert(connection, "event_places", "event_id", "place_entity_id");
        participantRows = new BulkInsert(connection, "event_participants", "event_id", "ordinal", "person_id", "name", "article_person_id");
        eventOrganizationRows = new BulkInsert(connection, "event_organizations", "event_id", "ordinal", "organization_id", "name");
        agreementRows = new BulkInsert(connection, "agreements", "event_id", "ordinal", "text");
        topicRows = new BulkInsert(connection, "event_topics", "event_id", "topic");
        organizationNameRows = new BulkInsert(connection, "organizations", "id", "key", "name");
        organizationResolutionRows = new BulkInsert(connection, "organization_resolutions", "organization_id", "entity_id");
        peopleKeyRows = new BulkInsert(connection, "people", "id", "key", "name");
        placeKeyRows = new BulkInsert(connection, "places", "id", "key", "name");
        organizationLinkRows = new BulkInsert(connection, "event_organization_links", "event_id", "organization_id");
    }

    /// <summary>Events written so far.</summary>
    public long Events => nextEvent;

    /// <summary>Articles written so far.</summary>
    public long Articles => nextArticle;

    /// <summary>Commits what was written and starts the next transaction.</summary>
    public void Commit()
    {
        transaction.Commit();
        transaction.Dispose();
        transaction = connection.BeginTransaction();
    }

    /// <summary>The place entity of a gazetteer place, created with its ancestors and closure rows when new (as the resolver does).</summary>
    public long PlaceEntity(Place place)
    {
        if (placeEntities.TryGetValue(place.Id, out var id)) return id;
        var parent = Gazetteer.Default.Parent(place) is { } p ? PlaceEntity(p) : (long?)null;
        id = ++nextPlaceEntity;
        placeEntityRows.Row(transaction,
            id, place.Id, place.Name, place.Kind.ToString().ToLowerInvariant(), place.CountryCode, parent);
        placeAncestorRows.Row(transaction, id, id, 0);
        var depth = 1;
        for (var ancestor = Gazetteer.Default.Parent(place); ancestor is not null; ancestor = Gazetteer.Default.Parent(ancestor))
            placeAncestorRows.Row(transaction, id, placeEntities[ancestor.Id], depth++);
        return placeEntities[place.Id] = id;
    }

    /// <summary>An organization entity with its full name (and alias) as stored names resolved to it.</summary>
    public SyntheticOrganization Organization(string name, string? alias, string kind, long placeEntity)
    {
        var entity = ++nextOrganizationEntity;
        organizationEntityRows.Row(transaction, entity, name, placeEntity);
        var nameId = OrganizationName(name, entity);
        var aliasId = alias is null ? (long?)null : OrganizationName(alias, entity);
        return new SyntheticOrganization(entity, nameId, name, aliasId, alias, kind);
    }

    /// <summary>A person entity, and the name-key row of <paramref name="name"/>.</summary>
    public long Person(string name)
    {
        var entity = ++nextPersonEntity;
        personEntityRows.Row(transaction, entity, name);
        PeopleKey(name);
        return entity;
    }

    /// <summary>Writes one article and every row extracted from it, as ingestion and resolution would.</summary>
    public void Article(SyntheticArticle article)
    {
        var articleId = ++nextArticle;
        var recordId = article.Record.Id;
        articleRows.Row(transaction,
            articleId, recordId, $"synthetic/{recordId}.txt", "synthetic", $"https://news.example/{recordId}", "news.example", article.Title, article.Published,
            article.Text, article.Text, ContentHash.Of(article.Text), RecordJson.Serialize(article.Record, indented: false), "2025-01-01T00:00:00.000Z");

        var articlePeople = new long[article.People.Count];
        for (var i = 0; i < article.People.Count; i++)
        {
            var mention = article.People[i];
            var peopleKey = PeopleKey(mention.Written);
            var id = articlePeople[i] = ++nextArticlePerson;
            articlePersonRows.Row(transaction, id, articleId, peopleKey, i, mention.Written);
            personResolutionRows.Row(transaction, id, mention.Person.EntityId);
            if (mention.Organization is { } org)
                positionRows.Row(transaction,
                    ++nextPosition, articleId, id, peopleKey, mention.Person.Title, NameId(org, mention.OrganizationWritten!), mention.OrganizationWritten);
        }

        for (var ordinal = 0; ordinal < article.Events.Count; ordinal++)
        {
            var e = article.Events[ordinal];
            var eventId = ++nextEvent;
            var location = e.Location?.Name;
            eventRows.Row(transaction,
                eventId, articleId, ordinal, e.Type, e.Mode, e.Start, e.End, location is null ? null : PlaceKey(location), location);
            if (e.Location is { } place) eventPlaceRows.Row(transaction, eventId, PlaceEntity(place));
            for (var i = 0; i < e.Participants.Count; i++)
            {
                var mention = article.People[e.Participants[i]];
                participantRows.Row(transaction,
                    eventId, i, PeopleKey(mention.Written), mention.Written, articlePeople[e.Participants[i]]);
            }
            // The links the store's triggers would derive: names the event gives, and its participants' position organizations.
            var links = new SortedSet<long>();
            for (var i = 0; i < e.Organizations.Count; i++)
            {
                var (org, written) = e.Organizations[i];
                eventOrganizationRows.Row(transaction, eventId, i, NameId(org, written), written);
                links.Add(NameId(org, written));
            }
            foreach (var participant in e.Participants)
                if (article.People[participant] is { Organization: { } org, OrganizationWritten: { } written }) links.Add(NameId(org, written));
            foreach (var link in links) organizationLinkRows.Row(transaction, eventId, link);
            for (var i = 0; i < e.Agreements.Count; i++) agreementRows.Row(transaction, eventId, i, e.Agreements[i]);
            foreach (var topic in e.Topics) topicRows.Row(transaction, eventId, topic);
        }
    }

    /// <summary>Commits and closes.</summary>
    public void Dispose()
    {
        transaction.Commit();
        transaction.Dispose();
        foreach (var rows in new[] { placeEntityRows, placeAncestorRows, organizationEntityRows, personEntityRows, articleRows, articlePersonRows, personResolutionRows, positionRows, eventRows, eventPlaceRows, participantRows, eventOrganizationRows, agreementRows, topicRows, organizationNameRows, organizationResolutionRows, peopleKeyRows, placeKeyRows, organizationLinkRows }) rows.Dispose();
        connection.Dispose();
    }

    private long OrganizationName(string name, long entity)
    {
        var id = ++nextOrganizationName;
        organizationNameRows.Row(transaction, id, NameKey.Of(name), name);
        organizationResolutionRows.Row(transaction, id, entity);
        return id;
    }

    private static long NameId(SyntheticOrganization org, string written) => written == org.Name ? org.NameId : org.AliasId!.Value;

    private long PeopleKey(string name) => KeyRow(peopleKeys, peopleKeyRows, name, ref nextPeopleKey);

    private long PlaceKey(string name) => KeyRow(placeKeys, placeKeyRows, name, ref nextPlaceKey);

    /// <summary>The row of the name-key table (people, places) for <paramref name="name"/>, inserted when its key is new.</summary>
    private long KeyRow(Dictionary<string, long> rows, BulkInsert table, string name, ref long next)
    {
        var key = NameKey.Of(name);
        if (rows.TryGetValue(key, out var id)) return id;
        id = ++next;
        table.Row(transaction, id, key, name);
        return rows[key] = id;
    }
}
