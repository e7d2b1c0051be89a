using BorderWatch.Core.Tests.Store;

namespace BorderWatch.Ingestion.Tests;

/// <summary>xUnit finds collection definitions only in the test assembly itself: the server fixture comes from the Core tests.</summary>
[CollectionDefinition(Name)]
public sealed class IngestionPostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL server (ingestion)";
}
