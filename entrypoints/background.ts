export default defineBackground(() => {
  console.log('factmark background');
});
