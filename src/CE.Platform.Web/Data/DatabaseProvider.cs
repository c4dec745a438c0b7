namespace CE.Platform.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
