namespace CE.Platform.Testing;

/// <summary>Waits for something the app does in its own time (a job, a reconnect) to become true.</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? poll = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(100));
        }

        return true;
    }
}
