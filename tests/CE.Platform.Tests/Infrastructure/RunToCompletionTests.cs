using CE.Platform.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Http;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>A client that goes away does not cancel the request's database work (see <see cref="RunToCompletion"/>).</summary>
public sealed class RunToCompletionTests
{
    [Fact]
    public async Task The_rest_of_the_pipeline_sees_a_token_that_a_departed_client_cannot_cancel()
    {
        using var departed = new CancellationTokenSource();
        await departed.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = departed.Token };
        CancellationToken seen = departed.Token;

        await RunToCompletion.InvokeAsync(context, next => { seen = next.RequestAborted; return Task.CompletedTask; });

        Assert.False(seen.CanBeCanceled);
    }
}
