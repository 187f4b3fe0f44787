import { OPTION_ROWS } from './options-data.js';
function parseSyntax(syntax) {
    let array = false;
    let optionalFrom;
    const bracket = syntax.indexOf('[');
    let main = syntax;
    if (bracket >= 0) {
        const inner = syntax.slice(bracket);
        if (inner.includes(','))
            array = true;
        else
            optionalFrom = syntax.slice(0, bracket).trim().split(/\s+/).filter(Boolean).length;
        main = syntax.slice(0, bracket) + (inner.includes(',') ? '' : inner.replace(/[[\]]/g, ' '));
    }
    const atoms = main.trim().split(/\s+/).filter(Boolean);
    if (atoms.length === 1 && atoms[0] === 'domain-list')
        array = true;
    return { atoms, array, optionalFrom };
}
export const OPTIONS = OPTION_ROWS.map(([space, name, code, syntax]) => ({ space, name, code, syntax, ...parseSyntax(syntax) }));
const byKey = new Map(OPTIONS.map((o) => [`${o.space}.${o.name}`, o]));
/** Built-in option spaces (user spaces come from `option space` declarations). */
export const OPTION_SPACES = ['dhcp', 'dhcp6', 'agent', 'fqdn', 'nwip', 'server', 'vendor', 'vendor-class', 'isc', 'vsio', 'isc6', 'docsis'];
export function optionSpec(space, name) {
    return byKey.get(`${space}.${name}`);
}
/** Options whose code in the dhcp space is taken by a standard definition. */
export function optionByCode(space, code) {
    return OPTIONS.find((o) => o.space === space && o.code === code);
}
/** Parses a user format (`array of ip-address`, `{ boolean, text }`, `unsigned integer 16`) into atoms. */
export function parseUserFormat(words) {
    const atoms = [];
    let array = false;
    for (let i = 0; i < words.length; i++) {
        const w = words[i].toLowerCase();
        if (w === 'array' && words[i + 1]?.toLowerCase() === 'of') {
            array = true;
            i++;
        }
        else if (w === '{' || w === '}' || w === ',')
            continue;
        else if (w === 'unsigned' || w === 'signed') {
            const width = words[i + 2];
            atoms.push(`${w === 'unsigned' ? 'uint' : 'int'}${width ?? '32'}`);
            i += 2;
        }
        else if (w === 'integer') {
            atoms.push(`int${words[i + 1] ?? '32'}`);
            i++;
        }
        else if (w === 'encapsulate') {
            atoms.push('string');
            i++;
        }
        else if (w === 'boolean')
            atoms.push('flag');
        else if (w === 'compressed')
            continue;
        else
            atoms.push(w);
    }
    return { atoms, array };
}
//# sourceMappingURL=options.js.map