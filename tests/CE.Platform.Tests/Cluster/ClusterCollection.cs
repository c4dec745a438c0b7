using CE.Platform.Testing.Cluster;

namespace CE.Platform.Tests.Cluster;

/// <summary>
/// The multi-instance tests share one cluster (three app instances behind nginx on PostgreSQL) and run one
/// after another, since several stop or kill instances. SQLite is single-instance by nature: no pair here.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster behind nginx";
}
