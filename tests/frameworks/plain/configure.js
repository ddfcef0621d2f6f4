// The README's other way for Vite 7 and older: the wasm's address from Vite itself.
import { configure } from 'pingshan-infographic';
import wasmUrl from 'pingshan-infographic/pkg/pingshan_infographic_bg.wasm?url';

configure({ wasmUrl });
