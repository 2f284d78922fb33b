import { render } from 'preact';
render(<p>Factmark</p>, document.getElementById('app')!);
