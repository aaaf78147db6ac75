namespace ThuVien.Marc;

/// <summary>A reader of one MARC serialisation: yields one result per record in its input, once.</summary>
public interface IMarcReader : IEnumerable<MarcReadResult>, IDisposable
{
}
