namespace ThuVien.Web.Tests.Support;

/// <summary>
/// A test class whose tests each start a real node on one database engine (see <see cref="TestNode"/>),
/// stopped and removed when the test is done.
/// </summary>
public abstract class NodeTests(Engine engine) : IAsyncDisposable
{
    protected Engine Engine => engine;

    /// <summary>The node the current test started, if any.</summary>
    protected TestNode? Node { get; set; }

    /// <summary>The test's node, started on first use, with the demo catalogue when asked.</summary>
    protected async Task<TestNode> NodeAsync(bool demo = false) => Node ??= await TestNode.StartAsync(engine, loadDemo: demo);

    public async ValueTask DisposeAsync()
    {
        if (Node is not null)
        {
            await Node.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
