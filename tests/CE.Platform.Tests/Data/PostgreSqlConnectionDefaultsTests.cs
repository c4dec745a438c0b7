using CE.Platform.Web.Data;
using Npgsql;

namespace CE.Platform.Tests.Data;

public sealed class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_no_reset_and_automatic_preparation()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply("Host=db;Username=app;Password=secret;Database=ce"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PostgreSqlConnectionDefaults.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(("db", "app", "secret", "ce"), (tuned.Host, tuned.Username, tuned.Password, tuned.Database));
    }

    [Fact]
    public void What_the_operator_set_is_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionDefaults.Apply("Host=db;No Reset On Close=false;maxautoprepare=0"));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
